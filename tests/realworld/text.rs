//! Text processing translated from Python's stdlib (textwrap, string, shlex,
//! difflib, csv, keyword, this.py) and everyday string wrangling. 48
//! comprehensions here; 11 more that fail today are in failing/text.rs.

use std::collections::{BTreeMap, HashMap, HashSet};

use comprehensions::comp;

fn capitalize(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f
            .to_uppercase()
            .chain(cs.flat_map(|c| c.to_lowercase()))
            .collect(),
        None => String::new(),
    }
}

fn shlex_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "@%+=:,./-_".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\"'\"'"))
    }
}

// textwrap.dedent: margins of the non-blank lines
// margins = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
#[test]
fn textwrap_dedent_margins() {
    let text = "    def f():\n        return 1\n\n    x = 2\n";
    let margins =
        comp![l.len() - l.trim_start().len() for l in text.lines() if !l.trim().is_empty()];
    assert_eq!(margins, vec![4, 8, 4]);
}

// string.capwords: ' '.join(x.capitalize() for x in s.split())
#[test]
fn string_capwords() {
    let s = "hello   wORLD  foo";
    let out = comp![capitalize(x) for x in s.split_whitespace()].join(" ");
    assert_eq!(out, "Hello World Foo");
}

// shlex.join: ' '.join(quote(arg) for arg in split_command)
#[test]
fn shlex_join() {
    let split_command = vec![
        "echo".to_string(),
        "hello world".to_string(),
        "it's".to_string(),
    ];
    let joined = comp![shlex_quote(arg) for arg in &split_command].join(" ");
    assert_eq!(joined, "echo 'hello world' 'it'\"'\"'s'");
}

// difflib.get_close_matches: result = [x for score, x in result]
#[test]
fn difflib_get_close_matches_tail() {
    let result = vec![(0.9, "apple"), (0.8, "ape"), (0.7, "apply")];
    assert_eq!(
        comp![x for _score, x in &result],
        vec![&"apple", &"ape", &"apply"]
    );
    // [x for score, x in result if score >= cutoff]
    let cutoff = 0.75;
    assert_eq!(
        comp![x for (score, x) in result if score >= cutoff],
        vec!["apple", "ape"]
    );
}

// csv.DictReader with skipinitialspace: [f.strip() for f in header.split(',')]
#[test]
fn csv_dictreader_fieldnames() {
    let header = String::from(" name , age ,city ");
    let fieldnames: Vec<String> = comp![f.trim().to_string() for f in header.split(',')];
    assert_eq!(fieldnames, vec!["name", "age", "city"]);
}

// csv.Sniffer._guess_delimiter: {d: data.count(d) for d in delims}
#[test]
fn csv_sniffer_delimiter_counts() {
    let data = "a,b;c\td|e,f";
    let counts = comp!({d: data.matches(d).count() for d in [',', ';', '\t', '|']});
    let expected: HashMap<char, usize> = [(',', 2), (';', 1), ('\t', 1), ('|', 1)]
        .into_iter()
        .collect();
    assert_eq!(counts, expected);
}

// word frequency: {w: words.count(w) for w in set(words)}
#[test]
fn word_frequency_count() {
    let words: Vec<&str> = "the cat and the hat and the bat".split(' ').collect();
    let unique: HashSet<&str> = words.iter().copied().collect();
    let freq = comp!({w: words.iter().filter(|x| **x == w).count() for w in unique});
    let freq: BTreeMap<_, _> = freq.into_iter().collect();
    let expected: BTreeMap<&str, usize> =
        [("and", 2), ("bat", 1), ("cat", 1), ("hat", 1), ("the", 3)]
            .into_iter()
            .collect();
    assert_eq!(freq, expected);
}

// set(c for w in words for c in w) / [c for w in words for c in w]
#[test]
fn alphabet_of_words() {
    let words: Vec<String> = vec!["ab".into(), "bc".into(), "cd".into()];
    let set = comp!({c for w in &words for c in w.chars()});
    assert_eq!(set, "abcd".chars().collect::<HashSet<_>>());
    let flat = comp![c for w in &words for c in w.chars()];
    assert_eq!(flat, vec!['a', 'b', 'b', 'c', 'c', 'd']);
}

// ''.join(c for c in s if c not in string.punctuation)
#[test]
fn string_punctuation_strip() {
    let s = "Hello, world! (ok)";
    let out: String = comp!((c for c in s.chars() if !c.is_ascii_punctuation())).collect();
    assert_eq!(out, "Hello world ok");
}

// textwrap.TextWrapper._split: chunks = [c for c in self.wordsep_re.split(text) if c]
#[test]
fn textwrap_split_chunks() {
    let text = "a  b c   d";
    assert_eq!(
        comp![c for c in text.split(' ') if !c.is_empty()],
        vec!["a", "b", "c", "d"]
    );
}

// [line.rstrip() for line in text.splitlines()]
#[test]
fn rstrip_lines() {
    let text = String::from("x  \ny\t\n z ");
    assert_eq!(
        comp!([line.trim_end() for line in text.lines()]),
        vec!["x", "y", " z"]
    );
}

// sum(1 for c in s if c in 'aeiou')
#[test]
fn count_vowels() {
    let s = "comprehension";
    let n: usize = comp!((1 for c in s.chars() if "aeiou".contains(c))).sum();
    assert_eq!(n, 5);
}

// this.py:
// d = {chr(i+c): chr((i+13) % 26 + c) for c in (65, 97) for i in range(26)}
// "".join([d.get(c, c) for c in s])
#[test]
fn this_py_rot13() {
    let d = comp!({char::from(i + c): char::from((i + 13) % 26 + c) for c in [65u8, 97] for i in 0..26});
    assert_eq!(d.len(), 52);
    let s = "Gur Mra bs Clguba";
    let out: String = comp![*d.get(&c).unwrap_or(&c) for c in s.chars()]
        .into_iter()
        .collect();
    assert_eq!(out, "The Zen of Python");
}

// email.utils.getaddresses: [addr for name, addr in pairs]
#[test]
fn email_utils_getaddresses() {
    let pairs = vec![
        ("Ann".to_string(), "ann@x.org".to_string()),
        (String::new(), "bob@y.com".to_string()),
    ];
    let addrs: Vec<String> = comp![addr for (_name, addr) in pairs];
    assert_eq!(addrs, vec!["ann@x.org", "bob@y.com"]);
}

// [w for w in words if w == w[::-1]]
#[test]
fn palindromes() {
    let words = ["level", "rust", "kayak", "noon", "abc"];
    assert_eq!(
        comp![w for w in words if w.chars().rev().collect::<String>() == w],
        vec!["level", "kayak", "noon"]
    );
}

// ''.join(w[0].upper() for w in phrase.split())
#[test]
fn acronym() {
    let phrase = String::from("portable network graphics");
    let out: String = comp!((w[..1].to_uppercase() for w in phrase.split_whitespace())).collect();
    assert_eq!(out, "PNG");
}

// [i for i, c in enumerate(s) if c == 'x']
#[test]
fn enumerate_find_all() {
    let s = "xaxbx";
    assert_eq!(
        comp![i for (i, c) in s.char_indices() if c == 'x'],
        vec![0, 2, 4]
    );
    assert_eq!(
        comp![i for i, c in s.chars().enumerate() if c == 'x'],
        vec![0, 2, 4]
    );
}

// [y for line in lines if (y := line.strip())]
#[test]
fn walrus_strip_nonempty() {
    let lines = vec!["  a ".to_string(), "   ".to_string(), "b  ".to_string()];
    assert_eq!(
        comp![y for line in &lines if !(y := line.trim()).is_empty()],
        vec!["a", "b"]
    );
}

// [int(t) for t in "1 2 3".split()]  (raises ValueError on "x")
#[test]
fn int_split_tokens() {
    let ok = comp![t.parse::<i32>()? for t in "1 2 3".split_whitespace()];
    assert_eq!(ok, Ok(vec![1, 2, 3]));
    let bad = comp![t.parse::<i32>()? for t in "1 x 3".split_whitespace()];
    assert!(bad.is_err());
}

// {c: i for i, c in enumerate(string.ascii_lowercase) if c in 'abz'}
#[test]
fn string_ascii_lowercase_index() {
    let idx = comp!({c: i for (i, c) in ('a'..='z').enumerate() if "abz".contains(c)});
    assert_eq!(
        idx,
        [('a', 0), ('b', 1), ('z', 25)]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// [w for w in line.strip().lower().split(',')]
#[test]
fn temporary_first_iterable() {
    let line = "  Foo,BAR , baz ";
    let parts = comp![w.to_string() for w in line.trim().to_lowercase().split(',')];
    assert_eq!(parts, vec!["foo", "bar ", " baz"]);
}

// keyword: [w for w in words if keyword.iskeyword(w)]
#[test]
fn keyword_iskeyword() {
    const KWLIST: &[&str] = &["if", "else", "while", "for", "def", "class"];
    let words = "if x then else while foo";
    assert_eq!(
        comp![w for w in words.split(' ') if KWLIST.contains(&w)],
        vec!["if", "else", "while"]
    );
}

// [w.title() if len(w) > 3 else w for w in "the lord of the rings".split()]
#[test]
fn title_long_words() {
    let out = comp![capitalize(w) if w.len() > 3 else w.to_string() for w in "the lord of the rings".split(' ')];
    assert_eq!(out, vec!["the", "Lord", "of", "the", "Rings"]);
}

// ["digit" if c.isdigit() else "alpha" if c.isalpha() else "other" for c in s]
#[test]
fn nested_conditional_char_classes() {
    let out = comp!["digit" if c.is_ascii_digit() else "alpha" if c.is_alphabetic() else "other" for c in "a1-".chars()];
    assert_eq!(out, vec!["alpha", "digit", "other"]);
}

// {c: ord(c) for c in "abca"}
#[test]
fn ord_map() {
    let m = comp!({c: c as u32 for c in "abca".chars()});
    assert_eq!(
        m,
        [('a', 97), ('b', 98), ('c', 99)]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// {len(w): w for w in words} -- the last duplicate key wins
#[test]
fn dict_duplicate_keys_last_wins() {
    let words = vec![
        "aa".to_string(),
        "bb".to_string(),
        "c".to_string(),
        "dd".to_string(),
    ];
    let m = comp!({w.len(): w for w in words});
    let expected: HashMap<usize, String> = [(2, "dd".to_string()), (1, "c".to_string())]
        .into_iter()
        .collect();
    assert_eq!(m, expected);
}

// [' '.join(s.split()) for s in strings]
#[test]
fn normalize_whitespace() {
    let strings = ["a  b", " c\td "];
    let out = comp![s.split_whitespace().collect::<Vec<_>>().join(" ") for s in strings];
    assert_eq!(out, vec!["a b", "c d"]);
    // nested display: [' '.join([w for w in s.split()]) for s in strings]
    let out2 = comp![[w for w in s.split_whitespace()].join(" ") for s in strings];
    assert_eq!(out2, vec!["a b", "c d"]);
}

// len([l for l in text.splitlines() if l.strip()])
#[test]
fn count_nonblank_lines() {
    let text = "a\n\nb\n \nc";
    assert_eq!(
        comp![l for l in text.lines() if !l.trim().is_empty()].len(),
        3
    );
}

// str.maketrans deletion table: {ord(c): None for c in "aeiou"}
#[test]
fn str_maketrans_delete_table() {
    let table: HashMap<u32, Option<char>> = comp!({c as u32: None for c in "aeiou".chars()});
    assert_eq!(table.len(), 5);
    assert_eq!(table[&97], None);
}

// [s.zfill(3) for s in nums]
#[test]
fn str_zfill() {
    let nums = vec!["7".to_string(), "42".to_string(), "100".to_string()];
    assert_eq!(
        comp![format!("{s:0>3}") for s in nums],
        vec!["007", "042", "100"]
    );
}

// configparser-ish: [l for l in lines if not l.lstrip().startswith('#')]
#[test]
fn skip_comment_lines() {
    let lines = ["# c", "x=1", "  # d", "y"];
    assert_eq!(
        comp![l for l in lines if !l.trim_start().starts_with('#')],
        vec!["x=1", "y"]
    );
}

// {l.split()[0] for l in requests}
#[test]
fn http_methods_set() {
    let reqs = vec!["GET /a", "POST /b", "GET /c"];
    let methods = comp!({l.split(' ').next().unwrap() for l in &reqs});
    assert_eq!(methods, ["GET", "POST"].into_iter().collect::<HashSet<_>>());
}

// [a + b for a, b in zip(s, s[1:])]
#[test]
fn char_bigrams() {
    let s = "abc";
    let out = comp![format!("{a}{b}") for a, b in s.chars().zip(s.chars().skip(1))];
    assert_eq!(out, vec!["ab", "bc"]);
}

// {g: text.count(g) for g in grams}
#[test]
fn ngram_counts_dup_keys() {
    let text = "abab";
    let m = comp!({g: text.matches(g).count() for g in ["ab", "ba", "ab"]});
    assert_eq!(
        m,
        [("ab", 2), ("ba", 1)]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// a generic helper: def longest(items): return [x for x in items if len(x) == max(map(len, items))]
fn longest<T: AsRef<str>>(items: &[T]) -> Vec<&str> {
    let max = items.iter().map(|x| x.as_ref().len()).max().unwrap_or(0);
    comp![x.as_ref() for x in items if x.as_ref().len() == max]
}

#[test]
fn generic_longest_words() {
    assert_eq!(longest(&["ab", "abc", "xyz", "a"]), vec!["abc", "xyz"]);
    assert_eq!(
        longest(&[String::from("hi"), String::from("yo")]),
        vec!["hi", "yo"]
    );
}

// def words_of(text): return (w.lower() for w in text.split())  -- returned generator
fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    comp!(move (w.to_lowercase() for w in text.split_whitespace()))
}

#[test]
fn returned_word_generator() {
    assert_eq!(
        words_of("Foo BAR baz").collect::<Vec<_>>(),
        vec!["foo", "bar", "baz"]
    );
}

// {w: n for w in s.split() if (n := len(w)) > 1}
#[test]
fn word_lengths_dict_walrus() {
    let s = "a bb ccc";
    let d = comp!({w: n for w in s.split(' ') if (n := w.len()) > 1});
    assert_eq!(d, HashMap::from([("bb", 2), ("ccc", 3)]));
}

// textwrap.shorten-ish: ' '.join([w for w in text.split()][:3])
#[test]
fn textwrap_shorten_words() {
    let text = "Hello world, this is long";
    let words = comp! {w for w in text.split_whitespace()};
    assert_eq!(words[..3].join(" "), "Hello world, this");
}

// string.Template.get_identifiers: [w[1:] for w in words if w.startswith('$')]
#[test]
fn string_template_identifiers() {
    let tpl = "Hello $name, you are $age".replace(',', "");
    assert_eq!(
        comp![&w[1..] for w in tpl.split(' ') if w.starts_with('$')],
        vec!["name", "age"]
    );
    // with if let: strip_prefix
    assert_eq!(
        comp![id for w in tpl.split(' ') if let Some(id) = w.strip_prefix('$')],
        vec!["name", "age"]
    );
}

// difflib.SequenceMatcher.quick_ratio-ish: len({c for c in a} & {c for c in b})
#[test]
fn difflib_common_chars() {
    let (a, b) = ("abcd".to_string(), "bcde".to_string());
    let common = comp!({c for c in a.chars()})
        .intersection(&comp!({c for c in b.chars()}))
        .count();
    assert_eq!(common, 3);
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/text.rs"]
mod found;
