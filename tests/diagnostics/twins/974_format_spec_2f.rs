//! mistake: Python's format spec `{:.2f}` inside `format!` for a percentage column
//! offending: {:.2f}
//! category: python-habit

fn main() {
    let rows = vec![("cpu", 0.8731_f64), ("mem", 0.4412)];
    let cells: Vec<(&&str, String)> = rows
        .iter()
        .map(|(name, ratio)| (name, format!("{:.2f}%", ratio * 100.0)))
        .collect();
    println!("{cells:?}");
}
