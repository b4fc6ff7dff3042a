use comprehensions::comp;

fn main() {
    let xs = vec![Some("1"), None];
    let _ = comp![s?.parse::<i32>()? for s in xs];
}
