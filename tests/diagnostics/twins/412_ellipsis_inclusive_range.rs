fn main() {
    let mut squares: Vec<u32> = Vec::new();
    for n in 1...10 {
        squares.push(n * n);
    }
    println!("{:?}", squares);
}
