use comprehensions::comp;

fn main() {
    let x = 1;
    let _ = comp!([x * 2]);
}
