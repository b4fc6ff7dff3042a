use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![lambda y: y + x for x in xs];
}

// Without parameters: `|| ...`.
fn thunks(xs: Vec<i32>) -> Vec<i32> {
    comp![retry(lambda: x + 1) for x in xs]
}

fn retry(f: impl Fn() -> i32) -> i32 {
    f()
}
