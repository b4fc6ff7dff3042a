//! mistake: summed `u64` sale prices into a `u32` total volume
//! offending: sum()
//! category: type
struct Sale {
    agent_id: u32,
    price: u64,
}

fn main() {
    let sales = vec![
        Sale { agent_id: 7, price: 505_000 },
        Sale { agent_id: 7, price: 1_150_000 },
        Sale { agent_id: 9, price: 420_000 },
    ];
    let agent = 7;
    let volume: u32 = sales.iter().filter(|s| s.agent_id == agent).map(|s| s.price).sum();
    println!("agent {agent}: ${volume}");
}
