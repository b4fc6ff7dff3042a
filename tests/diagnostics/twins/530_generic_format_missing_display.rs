fn labels<T>(xs: &[T]) -> Vec<String> {
    xs.iter().map(|x| format!("<{}>", x)).collect()
}

fn main() {
    println!("{:?}", labels(&[1, 2]));
}
