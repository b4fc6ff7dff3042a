//! mistake: parsed GPS fields with `parse()` and no target type anywhere
//! offending: parse
//! category: type
use comprehensions::comp;

fn main() {
    let fix = "$GPGGA,45.7640,4.8357";
    let coords = comp![t.parse().unwrap() for t in fix.split(',').skip(1)];
    println!("{coords:?}");
}
