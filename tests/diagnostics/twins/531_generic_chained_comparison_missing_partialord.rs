fn within<T: Copy>(xs: &[T], lo: T, hi: T) -> Vec<T> {
    xs.iter().copied().filter(|&x| lo <= x && x <= hi).collect()
}

fn main() {
    println!("{:?}", within(&[1, 5, 9], 2, 8));
}
