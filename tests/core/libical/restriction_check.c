/* Parse an iCalendar message and run libical's RFC 5546 restriction checks on it.
 * Usage: restriction_check FILE. Prints one line per problem libical found
 * (the X-LIC-ERROR properties it adds) and exits 1 if there were any, 0 if none,
 * 2 if the file could not be read or parsed. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static int report(icalcomponent *comp) {
    int found = 0;
    icalproperty *p;
    icalcomponent *c;
    for (p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
        printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(comp)), icalproperty_get_xlicerror(p));
        found++;
    }
    for (c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
        found += report(c);
    return found;
}

int main(int argc, char **argv) {
    FILE *f;
    long size;
    char *text;
    icalcomponent *comp;
    if (argc != 2 || !(f = fopen(argv[1], "rb"))) return 2;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    rewind(f);
    text = calloc((size_t)size + 1, 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) return 2;
    fclose(f);
    comp = icalparser_parse_string(text);
    if (!comp) { printf("unparseable\n"); return 2; }
    if (report(comp)) return 1;  /* parse errors */
    icalrestriction_check(comp);
    return report(comp) ? 1 : 0;
}
