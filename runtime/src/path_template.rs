//! Path templates as OpenAPI writes them, and the routes axum takes for
//! them.
//!
//! axum's router takes a parameter only as a whole segment (`/badges/{id}`),
//! where OpenAPI also allows a parameter beside literal text or beside
//! other parameters in one segment (`/badges/{id}.json`, `/{a}-{b}`). Such a
//! segment is routed as one whole-segment parameter, and the segment's text
//! is then matched against its pieces here: a request whose segment does
//! not match is not the operation's, and the parameters are what the pieces
//! cut out.
//!
//! Some documents also write a query into a template
//! (`/rest?method=photos.search`): the route is the path, and a request is
//! the operation's only if its query holds each of those pairs.

use std::borrow::Cow;

use crate::support::params::decode;

/// One `/`-separated segment of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment<'t> {
    /// Literal text only.
    Literal(&'t str),
    /// One parameter, the whole segment: `{id}`.
    Whole(&'t str),
    /// Parameters beside literal text, or beside each other.
    Pieces(Vec<Piece<'t>>),
}

/// A piece of a segment with parameters in it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'t> {
    Literal(&'t str),
    Parameter(&'t str),
}

/// A path template (`/badges/{id}.json`), cut into segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Template<'t> {
    segments: Vec<Segment<'t>>,
    /// The pairs of a query written into the template, as written.
    query: Vec<(&'t str, &'t str)>,
}

impl<'t> Template<'t> {
    /// The template of `path`. An unclosed `{` is literal text.
    pub(crate) fn new(template: &'t str) -> Self {
        let (path, query) = template.split_once('?').unwrap_or((template, ""));
        // A pair whose value is a parameter (`?query={query}`) says only
        // where the parameter goes; reading it is the parameters' business.
        let query = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
            .filter(|(name, value)| !(name.contains('{') || value.starts_with('{') && value.ends_with('}')))
            .collect();
        Self { segments: path.split('/').map(segment).collect(), query }
    }

    /// The axum route: each segment with a parameter in it is a parameter
    /// named by its position among them (`/badges/{p0}`), so that
    /// templates differing only in names, or only in what surrounds a
    /// parameter in a segment, are one route.
    pub(crate) fn route(&self) -> String {
        let mut n = 0;
        let segments: Vec<Cow<'_, str>> = self
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(text) => Cow::Borrowed(*text),
                Segment::Whole(_) | Segment::Pieces(_) => {
                    n += 1;
                    Cow::Owned(format!("{{p{}}}", n - 1))
                }
            })
            .collect();
        segments.join("/")
    }

    /// The template with its parameters' names left out (`/badges/{}.json`):
    /// what two templates that OpenAPI deems the same share.
    pub(crate) fn unnamed(&self) -> String {
        let segments: Vec<String> = self
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(text) => (*text).to_owned(),
                Segment::Whole(_) => "{}".to_owned(),
                Segment::Pieces(pieces) => pieces.iter().map(|piece| if let Piece::Literal(text) = piece { *text } else { "{}" }).collect(),
            })
            .collect();
        let query: Vec<String> = self.query.iter().map(|(name, value)| format!("{name}={value}")).collect();
        if query.is_empty() { segments.join("/") } else { format!("{}?{}", segments.join("/"), query.join("&")) }
    }

    /// Whether every segment is literal or one whole parameter: what the
    /// router alone decides.
    pub(crate) fn is_plain(&self) -> bool {
        self.query.is_empty() && !self.segments.iter().any(|segment| matches!(segment, Segment::Pieces(_)))
    }

    /// Whether a request's `path` and `query` (as sent) are this
    /// template's, as far as the router cannot tell: each segment of pieces
    /// matches its text, and the query holds the template's pairs.
    pub(crate) fn matches(&self, path: &str, query: Option<&str>) -> bool {
        let sent: Vec<(Cow<'_, str>, Cow<'_, str>)> = match query {
            Some(query) if !self.query.is_empty() => query
                .split('&')
                .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
                .map(|(name, value)| (decode(name, true), decode(value, true)))
                .collect(),
            _ => Vec::new(),
        };
        self.query.iter().all(|(name, value)| sent.contains(&(decode(name, true), decode(value, true))))
            && self.segments.iter().zip(path.split('/')).all(|(segment, text)| match segment {
                Segment::Pieces(pieces) => cut(pieces, text).is_some(),
                Segment::Literal(_) | Segment::Whole(_) => true,
            })
    }

    /// How much literal text the segments of pieces hold: where several
    /// templates are one route, the one that says more is tried first
    /// (`/{id}.json` before `/{id}`).
    pub(crate) fn specificity(&self) -> usize {
        self.segments
            .iter()
            .map(|segment| match segment {
                Segment::Pieces(pieces) => {
                    1 + pieces.iter().map(|piece| if let Piece::Literal(text) = piece { text.len() } else { 0 }).sum::<usize>()
                }
                Segment::Literal(_) | Segment::Whole(_) => 0,
            })
            .sum::<usize>()
            + self.query.iter().map(|(name, value)| 1 + name.len() + value.len()).sum::<usize>()
    }

    /// The parameters of the route's `n`th parameter (`p{n}`), whose value
    /// the router decoded as `decoded`, with `path` the request's path as
    /// sent: the parameter itself, or what the pieces cut out of the
    /// segment as sent, each percent-decoded (`None` for text that is not
    /// UTF-8 once decoded). Empty when there is no such parameter or the
    /// segment does not match.
    pub(crate) fn values(&self, n: usize, decoded: Option<&str>, path: &str) -> Vec<(&'t str, Option<String>)> {
        let Some((index, segment)) = self.segments.iter().enumerate().filter(|(_, segment)| !matches!(segment, Segment::Literal(_))).nth(n)
        else {
            return Vec::new();
        };
        let path = path.split_once('?').map_or(path, |(path, _)| path);
        let sent = path.split('/').nth(index);
        match segment {
            Segment::Whole(name) => {
                let value = match decoded {
                    Some(decoded) => Some(decoded.to_owned()),
                    None => sent.and_then(crate::support::params::decode_strict),
                };
                vec![(*name, value)]
            }
            Segment::Pieces(pieces) => match sent.and_then(|text| cut(pieces, text)) {
                Some(values) => values.into_iter().map(|(name, text)| (name, crate::support::params::decode_strict(text))).collect(),
                None => Vec::new(),
            },
            Segment::Literal(_) => Vec::new(),
        }
    }
}

/// A segment of a template.
fn segment(text: &str) -> Segment<'_> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(length) = rest[start..].find('}') else { break };
        if start > 0 {
            pieces.push(Piece::Literal(&rest[..start]));
        }
        pieces.push(Piece::Parameter(&rest[start + 1..start + length]));
        rest = &rest[start + length + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest));
    }
    match pieces.as_slice() {
        [] | [Piece::Literal(_)] => Segment::Literal(text),
        [Piece::Parameter(name)] => Segment::Whole(name),
        _ => Segment::Pieces(pieces),
    }
}

/// What each parameter of `pieces` is in `text`, if `text` matches them:
/// literal pieces as they are, each parameter at least one character. A
/// parameter takes as little as lets the rest match, so that the last one
/// takes what is left (`{a}-{b}` cuts `x-y-z` into `x` and `y-z`, and
/// `{id}.json` cuts `1.2.json` into `1.2`).
fn cut<'t, 's>(pieces: &[Piece<'t>], text: &'s str) -> Option<Vec<(&'t str, &'s str)>> {
    match pieces.split_first() {
        None => text.is_empty().then(Vec::new),
        Some((Piece::Literal(literal), rest)) => cut(rest, text.strip_prefix(literal)?),
        Some((Piece::Parameter(name), rest)) => {
            // Each place the parameter could end, shortest first.
            text.char_indices().skip(1).map(|(at, _)| at).chain([text.len()]).filter(|at| *at > 0).find_map(|at| {
                let mut values = cut(rest, &text[at..])?;
                values.insert(0, (*name, &text[..at]));
                Some(values)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_name_segments_with_parameters_by_position() {
        assert_eq!(Template::new("/orgs/{org_id}/members/{id}").route(), "/orgs/{p0}/members/{p1}");
        assert_eq!(Template::new("/orgs").route(), "/orgs");
        assert_eq!(Template::new("/badges/{id}.json").route(), "/badges/{p0}");
        assert_eq!(Template::new("/{a}-{b}/x/{c}").route(), "/{p0}/x/{p1}");
        assert_eq!(Template::new("/{a}{b}").route(), "/{p0}");
        assert!(Template::new("/orgs/{id}").is_plain());
        assert!(!Template::new("/badges/{id}.json").is_plain());
    }

    #[test]
    fn segments_of_pieces_cut_their_parameters_out() {
        let json = Template::new("/badges/{id}.json");
        assert!(json.matches("/badges/12.json", None));
        assert!(!json.matches("/badges/12.svg", None));
        assert!(!json.matches("/badges/.json", None), "a parameter is never empty");
        assert_eq!(json.values(0, Some("1.2.json"), "/badges/1.2.json"), [("id", Some("1.2".to_owned()))]);
        assert_eq!(json.values(0, Some("a b.json"), "/badges/a%20b.json"), [("id", Some("a b".to_owned()))]);
        assert_eq!(json.values(0, None, "/badges/%FF.json"), [("id", None)]);

        let pair = Template::new("/{a}-{b}");
        assert_eq!(pair.values(0, Some("x-y-z"), "/x-y-z"), [("a", Some("x".to_owned())), ("b", Some("y-z".to_owned()))]);
        // An escaped `-` is part of a value, never the literal.
        assert_eq!(pair.values(0, Some("x-y-z"), "/x%2Dy-z"), [("a", Some("x-y".to_owned())), ("b", Some("z".to_owned()))]);
        assert!(!pair.matches("/xyz", None));

        let prefixed = Template::new("/v{major}.{minor}/items");
        assert_eq!(prefixed.values(0, None, "/v1.2/items"), [("major", Some("1".to_owned())), ("minor", Some("2".to_owned()))]);
        assert!(!prefixed.matches("/x1.2/items", None));
        // Multi-byte text is cut at characters.
        assert_eq!(json.values(0, None, "/badges/é.json"), [("id", Some("é".to_owned()))]);
    }

    #[test]
    fn a_query_written_into_a_template_must_be_sent() {
        let search = Template::new("/rest?method=photos.search");
        assert_eq!(search.route(), "/rest");
        assert!(!search.is_plain());
        assert!(search.matches("/rest", Some("api_key=k&method=photos.search")));
        assert!(search.matches("/rest", Some("method=photos%2Esearch")));
        assert!(!search.matches("/rest", Some("method=photos.getInfo")));
        assert!(!search.matches("/rest", None));
        assert!(search.specificity() > Template::new("/rest").specificity());
        assert_eq!(Template::new("/a/{id}?x=1").values(0, Some("7"), "/a/7"), [("id", Some("7".to_owned()))]);
        // A pair whose value is a parameter asks nothing of the query.
        let searched = Template::new("/search?query={query}");
        assert!(searched.is_plain());
        assert!(searched.matches("/search", None));
    }

    #[test]
    fn templates_that_say_more_are_more_specific() {
        assert!(Template::new("/b/{id}.json").specificity() > Template::new("/b/{id}").specificity());
        assert!(Template::new("/b/{id}.json").specificity() > Template::new("/b/{id}.js").specificity());
        assert_eq!(Template::new("/b/{id}").specificity(), 0);
    }
}
