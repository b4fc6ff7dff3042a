//! mistake: `.enumerate(1)` (hand-written)
fn main() {
    let text = "ok\nERROR disk full\nok\nERROR timeout";
    let mut errors = Vec::new();
    for (n, l) in text.lines().enumerate(1) {
        if l.starts_with("ERROR") {
            errors.push(format!("{n}: {l}"));
        }
    }
    println!("{errors:?}");
}
