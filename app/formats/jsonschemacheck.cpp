#include "jsonschemacheck.h"

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <exception>

namespace cabildo {

namespace {

/** valijson's context ("<root>", "[rooms]", "[2]", "[capacity]") as a JSON pointer. */
QString pointer(const std::vector<std::string> &context)
{
    QString path;
    for (const std::string &part : context) {
        if (part.size() < 2 || part.front() != '[' || part.back() != ']')
            continue; // "<root>"
        QString name = QString::fromStdString(part.substr(1, part.size() - 2));
        name.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
        path += QLatin1Char('/') + name;
    }
    return path;
}

} // namespace

bool matchesSchema(const QJsonValue &schema, const QJsonValue &document, SchemaViolation *violation)
{
    try {
        valijson::Schema parsed;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter schemaAdapter(schema);
        parser.populateSchema(schemaAdapter, parsed);

        valijson::Validator validator;
        valijson::ValidationResults results;
        const valijson::adapters::QtJsonAdapter documentAdapter(document);
        if (validator.validate(parsed, documentAdapter, &results))
            return true;
        // valijson reports each failing level, the enclosing ones too ("failed to validate
        // item #2"): the deepest error is the one that says what to fix.
        const valijson::ValidationResults::Error *deepest = nullptr;
        for (const valijson::ValidationResults::Error &error : results)
            if (!deepest || error.context.size() > deepest->context.size())
                deepest = &error;
        if (deepest)
            *violation = SchemaViolation{pointer(deepest->context), QString::fromStdString(deepest->description)};
        return false;
    } catch (const std::exception &error) {
        *violation = SchemaViolation{QString(), QString::fromStdString(error.what())};
        return false;
    }
}

} // namespace cabildo
