//! mistake: passed Python's maxsplit argument, `line.split("=", 1)`, instead of `splitn(2, '=')` or `split_once`
//! offending: split("=", 1)
//! category: python-habit
fn main() {
    let text = "name=web=01\nport=8080";
    let mut parts: Vec<Vec<&str>> = Vec::new();
    for line in text.lines() {
        parts.push(line.split("=", 1).collect());
    }
    println!("{parts:?}");
}
