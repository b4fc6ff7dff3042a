//! mistake: used an eager `acomp!` (which awaits in place) inside a plain synchronous `fn`
//! offending: acomp![kitchen_eta(t).await for t in &tickets]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Ticket {
    id: u32,
    items: u32,
}

async fn kitchen_eta(t: &Ticket) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    t.items * 4
}

fn prep_board(tickets: Vec<Ticket>) -> Vec<u32> {
    acomp![kitchen_eta(t).await for t in &tickets]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let board = prep_board(vec![Ticket { id: 1, items: 3 }, Ticket { id: 2, items: 1 }]);
    println!("{board:?}");
}
