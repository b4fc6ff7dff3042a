//! mistake: iterated a `Stream` of game events with a plain `for` instead of `async for`
//! offending: in events
//! category: async
use futures::stream;

enum Event {
    Hit(i32),
    Heal(i32),
}

fn delta(ev: &Event) -> i32 {
    match ev {
        Event::Hit(n) => -n,
        Event::Heal(n) => *n,
    }
}

async fn apply_events() {
    let events = stream::iter(vec![Event::Hit(3), Event::Heal(2), Event::Hit(5)]);
    let mut deltas = Vec::new();
    for ev in events {
        deltas.push(delta(&ev));
    }
    println!("hp change {}", deltas.iter().sum::<i32>());
}

fn main() {
    futures::executor::block_on(apply_events());
}
