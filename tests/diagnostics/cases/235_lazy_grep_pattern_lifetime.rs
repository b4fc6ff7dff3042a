//! mistake: a `grep` function returning a lazy comprehension that captures `pat: &str` whose lifetime is not in the return type
//! offending: comp!(move (l for l in lines if l.contains(pat)))
//! category: ownership
use comprehensions::comp;

fn grep<'a>(lines: &'a [String], pat: &str) -> impl Iterator<Item = &'a String> + 'a {
    // Python: return (l for l in lines if pat in l)
    comp!(move (l for l in lines if l.contains(pat)))
}

fn main() {
    let lines = vec!["GET /".to_string(), "POST /login".to_string()];
    for l in grep(&lines, "POST") {
        println!("{l}");
    }
}
