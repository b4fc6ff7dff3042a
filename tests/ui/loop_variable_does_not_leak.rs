use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x * 2 for x in xs];
    println!("{x}");
}
