//! mistake: iterated a stream of submissions with a plain `for` instead of `async for`
//! offending: submissions
//! category: async
use futures::stream::{self, Stream};

struct Submission {
    student: &'static str,
    late: bool,
}

fn submission_feed() -> impl Stream<Item = Submission> {
    stream::iter(vec![
        Submission { student: "Gwen", late: false },
        Submission { student: "Hugo", late: true },
    ])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let submissions = submission_feed();
    let mut late = Vec::new();
    for s in submissions {
        if s.late {
            late.push(s.student);
        }
    }
    println!("{late:?}");
}
