//! mistake: the filter written before the `for`, as `[x.upper() if x.startswith("#") for x in lines]` (a SyntaxError in Python too)
//! offending: if line.starts_with('#')
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["# title", "body", "# section"];
    let headers = comp![line.trim_start_matches('#').trim() if line.starts_with('#') for line in &lines];
    println!("{headers:?}");
}
