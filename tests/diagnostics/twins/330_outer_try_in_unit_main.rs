//! mistake: `collect::<Result<..>>()?` in a `fn main()` that returns `()` (hand-written)
//! offending: raw.iter().map(|s| s.parse::<u16>()).collect::<Result<Vec<_>, _>>()?
fn main() {
    let raw = vec!["80", "443"];
    let ports = raw.iter().map(|s| s.parse::<u16>()).collect::<Result<Vec<_>, _>>()?;
    println!("{ports:?}");
}
