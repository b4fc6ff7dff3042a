// A lazy comprehension with `?` yields `Result` items, named as such (not
// as a projection of the runtime's residual type): using one as an `i32`
// is rustc's plain mismatch, as in a hand-written loop over `Result`s.
// (`tests/diagnostics` case 191 shows `.collect::<Vec<i32>>()`, whose std
// note is worded differently when rayon is linked.)
use comprehensions::comp;

fn main() {
    let fields = vec!["1", "2", "x"];
    let mut total = 0;
    for n in comp!((f.parse::<i32>()? for f in &fields)) {
        let n: i32 = n;
        total += n;
    }
    println!("{total}");
}
