//! mistake: summed each purse's coins (Python's `sum(c.value for c in ..)`) without saying what `sum` returns
//! offending: sum
//! category: type
struct Coin {
    value: u32,
}

struct Purse {
    owner: String,
    coins: Vec<Coin>,
}

fn main() {
    let purses = vec![
        Purse { owner: "hero".into(), coins: vec![Coin { value: 5 }, Coin { value: 10 }] },
        Purse { owner: "thief".into(), coins: vec![Coin { value: 1 }] },
    ];
    let totals: Vec<_> = purses
        .iter()
        .map(|p| (p.owner.clone(), p.coins.iter().map(|c| c.value).sum()))
        .collect();
    println!("{totals:?}");
}
