//! mistake: returning an iterator chain capturing `pat: &str` whose lifetime is not in the return type (hand-written)
//! offending: lines.iter().filter(move |l| l.contains(pat))
fn grep<'a>(lines: &'a [String], pat: &str) -> impl Iterator<Item = &'a String> + 'a {
    lines.iter().filter(move |l| l.contains(pat))
}

fn main() {
    let lines = vec!["GET /".to_string(), "POST /login".to_string()];
    for l in grep(&lines, "POST") {
        println!("{l}");
    }
}
