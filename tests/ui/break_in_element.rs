use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![if x > 2 { break } else { x } for x in xs];
}
