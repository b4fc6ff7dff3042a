//! mistake: wrote `parse<u32>()` without the turbofish when reading rate-limit settings
//! offending: parse<u32>()
//! category: syntax
use comprehensions::{comp};
fn main() {
    let config = "general=20\nrandom=5\nannouncements=1";
    let limits = comp!({name.to_string(): per_min.parse<u32>().unwrap() for line in config.lines() if let Some((name, per_min)) = line.split_once('=')});
    println!("{limits:?}");
}
