//! mistake: used `?` on `parse::<u32>()` (a `Result`) inside a function that returns `Option`
//! offending: ?
//! category: try
use comprehensions::comp;

/// Mean read depth from a samtools-depth style comma list; `None` if any value is bad.
fn mean_depth(depths: &str) -> Option<f64> {
    // Python: values = [int(d) for d in depths.split(",")]   # caller catches ValueError
    let values: Vec<u32> = comp![d.trim().parse::<u32>()? for d in depths.split(',')]?;
    if values.is_empty() {
        return None;
    }
    Some(values.iter().map(|&v| v as f64).sum::<f64>() / values.len() as f64)
}

fn main() {
    println!("{:?}", mean_depth("12, 30, 27, 8"));
    println!("{:?}", mean_depth("12, n/a, 27"));
}
