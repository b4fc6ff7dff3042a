//! mistake: `if let Click { x, y } = e` without `Event::` (hand-written)
#[allow(dead_code)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
}

fn main() {
    let events = vec![Event::Click { x: 1, y: 2 }, Event::Key('q')];
    let mut clicks = Vec::new();
    for e in &events {
        if let Click { x, y } = e {
            clicks.push((x, y));
        }
    }
    println!("{clicks:?}");
}
