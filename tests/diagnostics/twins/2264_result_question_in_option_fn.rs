//! mistake: used `?` on `parse::<u32>()` (a `Result`) inside a function that returns `Option`
//! offending: ?
//! category: try

/// Mean read depth from a samtools-depth style comma list; `None` if any value is bad.
fn mean_depth(depths: &str) -> Option<f64> {
    let mut values: Vec<u32> = Vec::new();
    for d in depths.split(',') {
        values.push(d.trim().parse::<u32>()?);
    }
    if values.is_empty() {
        return None;
    }
    Some(values.iter().map(|&v| v as f64).sum::<f64>() / values.len() as f64)
}

fn main() {
    println!("{:?}", mean_depth("12, 30, 27, 8"));
    println!("{:?}", mean_depth("12, n/a, 27"));
}
