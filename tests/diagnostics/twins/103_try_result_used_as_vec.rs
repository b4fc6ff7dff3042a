//! mistake: using the `Result` a `?` comprehension evaluates to as if it were the Vec (hand-written)
fn main() {
    let list = ["80", "443"];
    let ports = list.iter().map(|p| p.parse::<u16>()).collect::<Result<Vec<_>, _>>();
    println!("{} ports", ports.len());
}
