use std::collections::HashSet;

fn main() {
    let ids: Vec<u32> = vec![3, 1, 3, 2, 1];
    let mut seen = HashSet::new();
    let uniq = ids.iter().copied().filter(|x| seen.insert(*x));
    println!("seen so far: {}", seen.len());
    let v: Vec<u32> = uniq.collect();
    println!("{:?}", v);
}
