use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![y for x in xs if y := x * 2];
}

// Before a comparison: the parentheses close before it.
fn near(xs: Vec<i32>) -> Vec<(i32, i32)> {
    comp![(x, d) for x in xs if d := x.abs() < 3]
}
