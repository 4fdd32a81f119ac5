using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace PerfAnalytics.Extraction.Formats;

/// <summary>
/// Old Excel (.xls, an OLE compound file) through ExcelDataReader: the visible sheets' rows as tab-separated lines,
/// numbers as the sheet shows them. Other OLE files (old .doc, password-protected Office files) get their own message.
/// </summary>
internal static class XlsText
{
    static XlsText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(byte[] content)
    {
        if (ContainsUtf16(content, "EncryptedPackage"))
            throw new UnreadableDocumentException("encrypted", "该 Office 文件设置了打开密码，无法读取。请取消密码后重新导出，或提供未加密的原件。");
        if (ContainsUtf16(content, "WordDocument"))
            throw new UnreadableDocumentException("legacy_doc", "这是旧版 Word（.doc）文件，暂不支持。请用 Word 或 WPS 另存为 .docx 或 PDF 后再导入。");

        using var reader = ExcelReaderFactory.CreateBinaryReader(new MemoryStream(content, writable: false));
        var sb = new StringBuilder();
        do
        {
            if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase)) continue;
            if (sb.Length > 0) sb.Append('\n');
            while (reader.Read())
            {
                var cells = new List<string>();
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(CellText(reader, i));
                while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
                sb.Append(string.Join('\t', cells)).Append('\n');
            }
        } while (reader.NextResult());
        return sb.ToString();
    }

    private static string CellText(IExcelDataReader reader, int i)
    {
        var text = reader.GetValue(i) switch
        {
            null => "",
            double d => NumberDisplay.Format(d, reader.GetNumberFormatString(i)),
            int n => NumberDisplay.Format(n, reader.GetNumberFormatString(i)),
            DateTime t => NumberDisplay.Format(t.ToOADate(), reader.GetNumberFormatString(i)),
            bool b => b ? "TRUE" : "FALSE",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var o => o.ToString() ?? "",
        };
        return text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }

    private static bool ContainsUtf16(byte[] content, string name) =>
        content.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
}
