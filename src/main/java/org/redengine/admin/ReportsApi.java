package org.redengine.admin;

import org.redengine.report.GroupReport;
import org.redengine.report.ReportFormats;
import org.redengine.report.Reports;
import org.redengine.server.Request;
import org.redengine.server.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * GET /api/admin/reports?group=G[&channel=web](&month=2021-06 | &from=2021-06-01&to=2021-06-30): a group's report as
 * JSON; GET /api/admin/reports/export?…&format=csv|xlsx: the same as a download.
 */
public final class ReportsApi {

    private final Reports reports;

    public ReportsApi(Reports reports) {
        this.reports = reports;
    }

    public Response json(Request request) {
        try {
            return Response.json(200, ReportFormats.json(report(request)));
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
    }

    public Response export(Request request) {
        GroupReport r;
        try {
            r = report(request);
        } catch (IllegalArgumentException e) {
            return Response.error(400, e.getMessage());
        }
        String format = request.queryParam("format") == null ? "xlsx" : request.queryParam("format");
        String name = "学习报告-" + r.groupId() + "-" + r.from() + "至" + r.to();
        return switch (format) {
            case "csv" -> download(new Response(200, "text/csv; charset=utf-8", ReportFormats.csv(r), Map.of()), name + ".csv");
            case "xlsx" -> download(new Response(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ReportFormats.xlsx(r), Map.of()), name + ".xlsx");
            default -> Response.error(400, "format 只能是 csv 或 xlsx");
        };
    }

    private static Response download(Response r, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return r.withHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private GroupReport report(Request request) {
        String group = request.queryParam("group");
        if (group == null || group.isBlank()) throw new IllegalArgumentException("缺少参数 group");
        String channel = request.queryParam("channel") == null ? "web" : request.queryParam("channel");
        LocalDate from, to;
        try {
            if (request.queryParam("month") != null) {
                YearMonth month = YearMonth.parse(request.queryParam("month"));
                from = month.atDay(1);
                to = month.atEndOfMonth();
            } else if (request.queryParam("from") != null && request.queryParam("to") != null) {
                from = LocalDate.parse(request.queryParam("from"));
                to = LocalDate.parse(request.queryParam("to"));
            } else {
                throw new IllegalArgumentException("需要 month=2021-06，或 from=2021-06-01&to=2021-06-30");
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期格式不对：month 应为 2021-06，from/to 应为 2021-06-01");
        }
        return reports.report(channel, group, from, to);
    }
}
