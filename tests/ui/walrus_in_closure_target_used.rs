use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![y for x in xs if (|| (y := x * 2) > 2)()];
}
