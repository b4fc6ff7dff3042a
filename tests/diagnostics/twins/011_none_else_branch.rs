//! mistake: `v if v >= 0 else None` with a plain integer in the other branch (hand-written)
fn main() {
    let readings = vec![12, -1, 30, -1];
    let mut cleaned = Vec::new();
    for v in readings {
        cleaned.push(if v >= 0 { v } else { None });
    }
    println!("{cleaned:?}");
}
