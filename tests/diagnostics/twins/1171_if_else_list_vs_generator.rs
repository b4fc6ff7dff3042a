//! mistake: an `if`/`else` whose branches are a collected Vec and a lazy map, so the branches have two types
//! offending: xs.iter().map(|x| x * 1)
//! category: python-habit

fn main() {
    let xs = vec![3, 1, 4, 1, 5];
    let scaled = std::env::args().count() > 1;
    let picked = if scaled { xs.iter().map(|x| x * 10).collect::<Vec<_>>() } else { xs.iter().map(|x| x * 1) };
    for p in picked {
        println!("{p}");
    }
}
