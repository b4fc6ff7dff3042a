//! mistake: takes abs() of a difference of usize coordinates, as Python's ints are signed
//! category: type
fn main() {
    let points: Vec<(usize, usize)> = vec![(1, 6), (8, 3), (3, 4)];
    let mut dists = Vec::new();
    for a in &points {
        for b in &points {
            dists.push((a.0 - b.0).abs() + (a.1 - b.1).abs());
        }
    }
    println!("{:?}", dists.iter().max());
}
