// A nested lazy display that borrows the outer loop variable and outlives
// it: rustc's "use the `move` keyword" help is at the nested display, and
// `move (..)` there compiles (tests/realworld/round5.rs).
use comprehensions::comp;

fn main() {
    let rows = comp!(((c * r for c in 0..3) for r in 0..3));
    let _sums: Vec<i32> = comp![row.sum() for row in rows];
}
