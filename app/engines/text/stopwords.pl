#!/usr/bin/perl
# Writes the Snowball stop-word lists of Debian's liblingua-stopwords-perl as C++
# initialisers into the file named first, one language per line: {"en", "a about above ..."},
# Used at build time only (app/CMakeLists.txt); the app does not need Perl.
use strict;
use warnings;
use Lingua::StopWords qw(getStopWords);
my $output = shift @ARGV;
open(my $out, '>:encoding(UTF-8)', $output) or die "$output: $!\n";
for my $language (@ARGV) {
    my $words = getStopWords($language, 'UTF-8');
    die "no stop words for $language\n" unless $words && %$words;
    my @sorted = sort keys %$words;
    utf8::decode($_) for @sorted;
    print $out "{\"$language\", \"", join(' ', @sorted), "\"},\n";
}
close($out) or die "$output: $!\n";
