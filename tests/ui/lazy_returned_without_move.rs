use comprehensions::comp;

fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!((x * k for x in xs))
}

fn main() {
    let _ = scaled(vec![1], 2);
}
