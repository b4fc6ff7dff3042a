//! mistake: report builder: a call's parenthesis is never closed (hand-written)
//! offending: push(format!(
fn main() {
    let totals = vec![("disk", 3), ("net", 5)];
    let mut report = Vec::new();
    for (name, count) in &totals {
        report.push(format!("{}: {}", name, count);
    }
    println!("{}", report.join("\n"));
}
