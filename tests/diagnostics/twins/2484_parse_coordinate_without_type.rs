//! mistake: parsed GPS fields with `parse()` and no target type anywhere
//! offending: parse
//! category: type
fn main() {
    let fix = "$GPGGA,45.7640,4.8357";
    let mut coords = Vec::new();
    for t in fix.split(',').skip(1) {
        coords.push(t.parse().unwrap());
    }
    println!("{coords:?}");
}
