use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![if x > 1 { (y := x * 2) } else { 0 } for x in xs];
}
