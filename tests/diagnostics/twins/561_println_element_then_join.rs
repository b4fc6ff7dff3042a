//! mistake: report builder: `println!` in the `map` closure, then the list joined (hand-written)
fn main() {
    let counts = vec![("ERROR", 3), ("WARN", 10)];
    let report = counts
        .iter()
        .map(|(name, n)| println!("{name}: {n}"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write("report.txt", report).unwrap();
}
