//! mistake: config loader: a dict comprehension with `?` (a `Result<HashMap, _>`) iterated directly by a `for (k, v)` loop
//! offending: (k, v) in comp!
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn main() -> Result<(), ParseIntError> {
    let pairs = vec![("cpu", "4"), ("mem", "16")];
    // Python: for k, v in {k: int(v) for k, v in pairs}.items(): print(k, v)
    for (k, v) in comp!({k: v.parse::<u32>()? for (k, v) in &pairs}) {
        println!("{k}={v}");
    }
    Ok(())
}
