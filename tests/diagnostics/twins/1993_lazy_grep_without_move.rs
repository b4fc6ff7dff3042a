//! mistake: returned a lazy grep `comp!((l for l in lines if l.contains(&pattern)))` as `impl Iterator` without `move`, so it borrows the parameter `pattern`
//! offending: |l| l.contains(&pattern)
//! category: ownership
fn grep(lines: Vec<String>, pattern: String) -> impl Iterator<Item = String> {
    lines.into_iter().filter(|l| l.contains(&pattern))
}

fn main() {
    let lines = vec!["error: disk".to_string(), "ok".to_string()];
    for l in grep(lines, "error".to_string()) {
        println!("{l}");
    }
}
