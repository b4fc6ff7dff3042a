//! mistake: iterated the calendar feed stream with plain `for` instead of `async for`
//! offending: calendar_feed()
//! category: async
use futures::Stream;

struct Event {
    title: String,
    weekday: u8,
}

fn calendar_feed() -> impl Stream<Item = Event> {
    futures::stream::iter(vec![
        Event { title: "Board meeting".into(), weekday: 3 },
        Event { title: "Offsite".into(), weekday: 5 },
    ])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut wednesday = Vec::new();
    for e in calendar_feed() {
        if e.weekday == 3 {
            wednesday.push(e.title);
        }
    }
    println!("{wednesday:?}");
}
