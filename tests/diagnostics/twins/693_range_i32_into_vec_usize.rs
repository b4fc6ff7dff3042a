//! mistake: collects the indices of a range bounded by an `i32` count into a `Vec<usize>`
//! offending: i
//! category: type

fn main() {
    let n: i32 = "5".parse().unwrap();
    let data = vec![10, 20, 30, 40, 50, 60];
    let mut idx: Vec<usize> = Vec::new();
    for i in 0..n {
        if i % 2 == 0 {
            idx.push(i);
        }
    }
    println!("{:?}", idx.iter().map(|&i| data[i]).collect::<Vec<_>>());
}
