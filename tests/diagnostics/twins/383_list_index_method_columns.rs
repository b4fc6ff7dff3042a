fn main() {
    let header: Vec<&str> = "id,name,email,age".split(',').collect();
    let wanted = ["email", "id"];
    let mut positions: Vec<usize> = Vec::new();
    for col in wanted {
        positions.push(header.index(col));
    }
    println!("{:?}", positions);
}
