//! mistake: an `Option`'s `?` (`checked_div`) in a function returning `Result<_, String>` (Python's `ZeroDivisionError` would propagate)
//! offending: n.checked_div(*d)?
//! category: try
fn ratios(num: &[u32], den: &[u32]) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for (n, d) in num.iter().zip(den) {
        out.push(n.checked_div(*d)?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", ratios(&[10, 20], &[2, 0]));
}
