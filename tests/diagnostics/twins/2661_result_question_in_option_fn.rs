//! mistake: used a `Result`'s `?` inside a comprehension returned from a function returning `Option`
//! offending: ?
//! category: try
fn opening_hours(raw: &[&str]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for h in raw {
        out.push(h.trim().parse::<u8>()?);
    }
    Some(out)
}

fn main() {
    println!("{:?}", opening_hours(&["8", " 9", "10 "]));
}
